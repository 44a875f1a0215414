/**
 * Emergency screening: single rules and guards, then the accuracy targets on the held-out corpus (issue 13:
 * recall ≥ 0.98, false alarms ≤ 0.03). These are accuracy assertions; timing is `npm run bench:screening`.
 */
import { screen, screenEmergency } from '..';
import { scorePart } from '../corpus/score';
import heldout from '../corpus/heldout.json';
import tuning from '../corpus/tuning.json';
import { classifyEmergency, normalise } from './classify';
import * as guardsModule from './guards';
import { AFTER, ASKING, FRAMES, HYPOTHETICAL, HYPOTHETICAL_LEAD, NEGATION, PAST, QUOTED, URGENT } from './guards';
import { RULES } from './rules';

const numbers = (text: string) => classifyEmergency(text).numbers;
const rules = (text: string) => classifyEmergency(text).matches.map((m) => m.rule);

describe('emergency rules', () => {
  it.each([
    ['楼下着火了，好多烟', 'fire', '119'],
    ['楼道里好大一股煤气味', 'gas', '119'],
    ['有人拿着菜刀在街上乱砍', 'weapon', '110'],
    ['我老公喝醉了正在打我', 'violence', '110'],
    ['有人要跳楼', 'self-harm', '110'],
    ['我妈喝了农药', 'poisoning', '120'],
    ['我爸突然嘴歪了，说话含糊', 'stroke', '120'],
    ['电梯卡在十二楼，我们被困在里面', 'trapped', '119'],
    ['老婆羊水破了', 'labour', '120'],
    ['小孩摸到插座触电了', 'electrocution', '120'],
    ['外面有人在抢包', 'robbery', '110'],
    ['我宝宝发高烧抽筋了', 'seizure', '120'],
    ['孩子在商场不见了', 'missing', '110'],
    ['有个陌生男人一直在敲我家门不走', 'intruder', '110'],
    ['孩子吞了一颗纽扣电池', 'poisoning', '120'],
    ['外面洪水冲走了一个人', 'drowning', '120'],
    ['有人威胁要放火烧房子', 'threat', '110'],
    ['插头冒火花，她一下坐到地上了，手麻', 'electrocution-spark', '120'],
    ['电线断了掉在水坑里滋滋响', 'live-wire', '119'],
    ['小孩钻进废冰箱里，门关上了打不开', 'trapped', '119'],
    ['保安的羊癫疯又犯了，抽了好几分钟都没停', 'seizure', '120'],
    ['我老公洗澡好久没出来，他倒在里面，浴室里一股煤气味', 'gas-poisoning', '120'],
    ['司机刚才伸手摸我腿，我还在车上', 'harassment', '110'],
    ['写字楼电梯困人了，物业说维修的要一个钟才到', 'trapped', '119'],
  ])('%s → %s, %s first', (text, rule, first) => {
    expect(rules(text)).toContain(rule);
    expect(numbers(text)[0]).toBe(first);
  });

  it('a traffic accident with an injury names 120 first and 122', () => {
    expect(numbers('路口两辆电动车撞在一起了，有人受伤躺在地上流血')).toEqual(['120', '122']);
    expect(numbers('两车追尾了，没人受伤')).toEqual(['122']);
  });

  it('a cry for help counts only when it is the whole message', () => {
    expect(rules('救救我！')).toEqual(['cry']);
    expect(rules('救命 救命 快来人')).toEqual(['cry']);
    expect(classifyEmergency('救命啊，这个审批太慢了').emergency).toBe(false);
    expect(classifyEmergency('救救孩子吧学校食堂太差了').emergency).toBe(false);
  });

  it('uses no lookbehind, which older WeChat JavaScript engines (iOS before 16.4) cannot compile', () => {
    const guards = [...Object.values(guardsModule).filter((v): v is RegExp => v instanceof RegExp), ...FRAMES.map((f) => f.re)];
    expect(guards).toEqual(expect.arrayContaining([PAST, AFTER, ASKING, HYPOTHETICAL, HYPOTHETICAL_LEAD, NEGATION, QUOTED, URGENT]));
    const own = (r: (typeof RULES)[number]) => [r.unless, r.figurativeBefore, r.thingBefore].filter((x): x is string => x !== undefined);
    const sources = [...RULES.flatMap((r) => [...r.patterns, ...own(r)]), ...guards.map((re) => re.source)];
    expect(sources.length).toBeGreaterThan(100);
    expect(sources.filter((s) => s.includes('(?<=') || s.includes('(?<!'))).toEqual([]);
  });

  it('reads Cantonese and pinyin slips', () => {
    expect(normalise('阿婆晕咗喺街市')).toBe('阿婆晕了在街市');
    expect(normalise('着伙了')).toBe('着火了');
    expect(normalise('zhaohuole 快')).toBe('着火le，快');
    // Written word by word (a learner of Chinese): the spaces are not pauses; a voice message's are.
    expect(normalise('两 辆 车 刚 撞 了 没有 人 受伤')).toBe('两辆车刚撞了没有人受伤');
    expect(normalise('我爸 晕倒了 快来 在二楼 快点')).toBe('我爸，晕倒了，快来，在二楼，快点');
    expect(normalise('jiu ming a, you ren shou shang')).toBe('救命，a,，you，ren，受伤');
    expect(normalise('shanghai meiqihao')).toBe('shanghai，meiqihao');
    expect(normalise(' 阿婆 晕倒了  快来 ')).toBe('阿婆，晕倒了，快来');
    expect(rules('有人喺楼下打交')).toContain('violence');
    expect(rules('出车货了，有人受上')).toEqual(expect.arrayContaining(['injury', 'traffic']));
  });

  it.each([
    ['去年出过车祸，事故认定书去哪拿', 'past'],
    ['万一家里着火了怎么逃生', 'hypothetical'],
    ['车祸保险怎么理赔', 'claim'],
    ['社区有没有急救培训课程，想学心肺复苏', 'training'],
    ['烟雾报警器的补贴怎么申请，防止着火', 'prevention'],
    ['学校开展防溺水教育', 'prevention'],
    ['我妈前年中风住过院现在出院在家了', 'past'],
    ['喝醉的司机差点撞到人', 'negated'],
    ['装修吵得我头都爆炸了', 'figurative'],
    ['我家狗从阳台跳下去了', 'not-a-person'],
    ['烧烤摊天天冒烟', 'habitual'],
    ['两车追尾，没人受伤', 'negated'],
    ['去年出过车祸现在想问赔偿怎么办', 'past'],
    ['我爸胸口痛了好几个月', 'past'],
    ['万一哪天起火了，整个车库都得烧起来', 'hypothetical'],
    ['我们乐队名字叫“心跳骤停”，去哪申请场地', 'quoted'],
    ['医生说他中风的风险很高', 'past'],
    ['旧年喺厂里烧伤只手，而家疤痕好痒', 'past'],
    ['课太多了头要炸了', 'figurative'],
    ['排队排到我快晕倒了', 'figurative'],
    ['他有家暴记录，离婚时能不能当作证据', 'past'],
    ['受家暴的妇女请律师有没有免费的', 'legal'],
    ['我家的一头牛，掉到水沟里爬不上来了', 'animal'],
    ['如果朋友喝多了叫不醒，是不是要让他侧躺', 'hypothetical'],
    ['这房价高得让人想跳楼', 'figurative'],
    ['刚刚电梯困人，物业十分钟就把人放出来了', 'over'],
    ['我做噩梦梦到孩子掉河里了', 'rumour'],
    ['下午河边有人落水，已经被路人救上来送医院了', 'over'],
    ['办个居住证跑了五趟，我想死的心都有了', 'past'],
  ])('%s is not an alarm (guard %s)', (text, guard) => {
    const v = classifyEmergency(text);
    expect(v.matches.filter((m) => m.rule !== 'traffic')).toEqual([]);
    expect(v.suppressed.map((s) => s.guard)).toContain(guard);
  });

  it('a message that says it is over or nobody is hurt sets the rule aside, not the others', () => {
    const v = classifyEmergency('油锅起火了，火已经被灭掉了，但是大厨的胳膊被热油泼到，起了好大的水泡');
    expect(v.suppressed).toContainEqual(expect.objectContaining({ rule: 'fire', guard: 'over' }));
    expect(v.numbers[0]).toBe('120');
    expect(numbers('一辆车把骑单车的小伙蹭倒了，小伙没什么大事自己爬起来了，车直接开跑了')).toEqual(['122']);
  });

  it('a threat said as a condition is still a threat; someone stuck at a height is a rescue', () => {
    expect(rules('他说要是我不下去，就上来杀了我')).toContain('threat');
    expect(numbers('阿伯爬上广告牌整灯，梯倒咗，佢吊喺上面落唔到嚟')[0]).toBe('119');
    expect(numbers('一个小孩掉进了枯井里，在下面哭')[0]).toBe('119');
  });

  it('a frame speaks of the clauses near it: a complaint first, an emergency at the end', () => {
    expect(numbers('已经投诉过一次了，我们这条路修了一年还没修好，坑坑洼洼的，今天我老婆要生了')[0]).toBe('120');
    expect(classifyEmergency('坐出租车被追尾，我在后座受了点轻伤，已经看完医生了，乘客险找谁赔').emergency).toBe(false);
  });

  it('a whole-message rule is guarded by the clauses it spans, not by a past word elsewhere', () => {
    expect(rules('我老公昨天还去打了篮球，今晚突然说胸口像被压着疼，满头都是冷汗')).toContain('chest-pain');
  });

  it('a thing that burns is the fire, not a thing instead of a person (the not-a-person guard is for things that fall)', () => {
    expect(numbers('家里电视着火了')[0]).toBe('119');
    expect(numbers('插座上的电线烧起来了')[0]).toBe('119');
    expect(classifyEmergency('我的手机掉到河里了').emergency).toBe(false);
  });

  it('hears each sentence of a longer message on its own: a question first, then an emergency', () => {
    expect(classifyEmergency('请问一下社保卡补办要带什么？另外我刚在公交站看到一个大爷摔了，额头磕开一个口子，人坐在地上起不来').emergency).toBe(true);
    // …unless something in the message speaks of every sentence (a subsidy frame).
    expect(classifyEmergency('电动车充电桩的补贴政策还有吗？我们小区想集中装，免得大家把电瓶拿回家充').emergency).toBe(false);
  });

  it('a sentence that turns to now is framed by its own words only, not by a bill or a course in another sentence', () => {
    expect(numbers('请问电费可以分期交吗？另外小区门口那根电线被吊车碰断了，垂下来挨着铁围栏，围栏上都在打火花')[0]).toBe('119');
    expect(numbers('我想投诉村里有人在河边倒建筑垃圾。今晚更过分，有人拿汽油把村委会的门点了，火苗已经窜到屋檐了')[0]).toBe('110');
    expect(classifyEmergency('我去年出过车祸。现在想问问保险怎么赔').emergency).toBe(false);
  });

  it('reads traditional characters as simplified', () => {
    expect(numbers('我們民宿嘅瓦斯好重味，頭暈暈，唔知點關')[0]).toBe('119');
  });

  it('an urgent word overrides the past and frame guards in its clause', () => {
    expect(classifyEmergency('之前也着过火，现在又着火了').emergency).toBe(true);
    expect(classifyEmergency('我要投诉，楼下正在打架').emergency).toBe(true);
  });

  it('screen() explains the emergency and skips the knowledge answer', () => {
    const r = screen('有人受伤了', [{ id: 'a', title: '新生儿办理户口登记', snippet: '' }]);
    expect(r).toMatchObject({ outcome: 'emergency', hotline: { number: '120', label: '急救 120' } });
    expect(r.reasons).toEqual([{ rule: 'injury', label: '有人受伤', matched: '受伤' }]);
    expect(r.message).toContain('有人受伤');
    expect(screenEmergency('小区门口路灯坏了')).toBeUndefined();
  });
});

describe('corpus targets', () => {
  it('held-out part: recall ≥ 0.98 and false alarms ≤ 0.03', () => {
    const s = scorePart(heldout);
    expect(s.emergencies).toBeGreaterThanOrEqual(100);
    expect(s.recall).toBeGreaterThanOrEqual(0.98);
    expect(s.falseAlarmRate).toBeLessThanOrEqual(0.03);
  });

  it('the corpus has at least 400 messages, about half emergencies', () => {
    const count = (p: typeof tuning, k: 'emergency' | 'ordinary') => p[k].reduce((n, g) => n + g.texts.length, 0);
    const e = count(tuning, 'emergency') + count(heldout, 'emergency');
    const o = count(tuning, 'ordinary') + count(heldout, 'ordinary');
    expect(e + o).toBeGreaterThanOrEqual(400);
    expect(e / (e + o)).toBeGreaterThanOrEqual(0.45);
  });
});
