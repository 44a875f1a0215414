/**
 * Knowledge search: the cases from issue 13, the parts of the signals (units, synonyms, pinyin slips, the topic an
 * article must be asked about, bigram nearness, labelled examples), the learned decision, and the targets on the
 * labelled sets with each set's own questions left out of the examples (in-sample they would be trivially met). The
 * held-out sets (fresh14, fresh15) are measured by `npm run bench:knowledge -- --heldout` only, never here. Timing is
 * `npm run bench:knowledge`; the leave-one-set-out figures are `npm run bench:knowledge -- --cv`.
 */
import { spawnSync } from 'node:child_process';
import seed from '../../scripts/seed-data.json';
import { ExampleIndex, exampleOf, examplesFrom } from './asked';
import { decide, FEATURES } from './decide';
import { toMandarin } from './dialect';
import { articles as benchArticles, tuningSets } from '../../scripts/bench/knowledge-sets';
import shippedExamples from './examples.json';
import { decompressExamples, packExamples, unpackExamples } from './packed';
import { placeReader } from './places';
import { fitLogistic, fitOnSets, shippable } from './learn';
import model from './model.json';
import { scoreKnowledge } from './score';
import { NeighbourIndex, topicGrams } from './neighbour';
import { KnowledgeIndex, TUNING } from './search';
import { readingsTable } from './readings';
import { correctSlips, readPinyin, vocabularyOf } from './slips';
import { queryUnits } from './terms';
import { variants } from './thesaurus';

const articles = seed.articles.map((a, i) => ({ id: `a${i}`, ...a }));
const index = new KnowledgeIndex(articles);
const titles = (q: string) => index.search(q).map((h) => h.doc.title);

describe('knowledge search', () => {
  it('cuts a question into the words the articles use and drops question words', () => {
    const known = new Set(['社保卡', '居住证']);
    const units = queryUnits('我的社保卡丢了怎么办', (s) => known.has(s)).map((u) => u.text);
    expect(units).toContain('社保卡'); // ICU alone splits it into 社/保/卡
    expect(units).not.toContain('怎么办');
    expect(queryUnits('请问怎么办理')).toEqual([]);
  });

  it('a single character counts beside its neighbours: 公租房 is not 公积金', () => {
    const [gong] = queryUnits('公租房', (s) => s === '租房');
    expect(gong).toEqual({ text: '公', context: ['公租'] });
  });

  it('matches everyday synonyms', () => {
    expect(variants('社保卡不见了')).toContain('社保卡丢失');
    expect(variants('狗')).toContain('犬');
  });

  it('reads dialect wording as Mandarin before the search', () => {
    expect(toMandarin('我阿爸张社保卡唔见咗，点算好')).toBe('我爸爸张社保卡不见了，点算好');
    expect(toMandarin('啷个办居住证咯')).toBe('怎么办居住证');
    expect(toMandarin('俺娘六十二')).toBe('我妈六十二');
    expect(toMandarin('SFZ丢了，BB上户口')).toBe('身份证丢了，宝宝上户口'); // typed pinyin initials, any case
    expect(titles('细路仔啱啱出世，点样入户口')).toContain('新生儿办理户口登记');
  });

  it('reads pinyin slips as the article word they sound like, but leaves real words alone', () => {
    const v = vocabularyOf(['居住证', '公积金', '使用']);
    const nowhere = () => false;
    expect(correctSlips('居主证怎么办', v, nowhere)).toBe('居住证怎么办');
    expect(correctSlips('工基金怎么取', v, nowhere)).toBe('公积金怎么取');
    expect(correctSlips('试用期不交社保', v, nowhere)).toBe('试用期不交社保');
    expect(titles('社宝卡掉了咋办')).toContain('社保卡丢失怎么补办');
  });

  it('leaves out places no article names and reads a district as its city; the shipped place table is what the generator writes', () => {
    const read = placeReader(['广州的居住证', '香港和澳门']);
    expect(read('我老家湖南的，在天河区上班')).toBe('我老家的，在广州上班');
    expect(read('到深圳市出差，去香港要办什么')).toBe('到出差，去香港要办什么');
    // Articles that name no home city: its districts are not read as it.
    expect(placeReader(['居住证'])('在天河上班')).toBe('在天河上班');
    expect(titles('从长沙转到广州读书要办啥手续')).toContain('转学手续怎么办理');
    const check = spawnSync(process.execPath, ['scripts/gen-places.mjs', '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('reads pinyin typed in letters as the article words it spells, and leaves other letters alone', () => {
    const v = vocabularyOf(['居住证', '公积金', '提取']);
    expect(readPinyin('juzhuzheng去哪里申请', v)).toBe('居住证去哪里申请');
    expect(readPinyin('GongJiJin tiqu 要什么条件', v)).toBe('公积金 提取 要什么条件');
    expect(readPinyin('gongjijintiqu', v)).toBe('公积金提取');
    expect(readPinyin('wifi密码和app', v)).toBe('wifi密码和app');
    // ü typed as v: jv for ju, lv for lü.
    expect(readPinyin('jvzhuzheng', v)).toBe('居住证');
    expect(readPinyin('lvse', vocabularyOf(['绿色']))).toBe('绿色');
    expect(titles('juzhuzheng去哪里申请')).toEqual(['如何办理居住证']);
  });

  it('reads a polyphone by any of its readings, and the shipped pinyin table is what the generator writes', () => {
    // 行 is xing or hang: 银航 (yin hang) is a slip of 银行 (hang).
    expect(correctSlips('银航卡丢了', vocabularyOf(['银行']), () => false)).toBe('银行卡丢了');
    // The table names no character: they come from decoding GB 2312's codes (readings.ts), as the generator did.
    const readings = readingsTable();
    expect(readings.size).toBe(6763);
    expect(readings.get('行')).toEqual(['hang', 'heng', 'xing']);
    expect(readings.get('啊')).toEqual(['a']);
    const check = spawnSync(process.execPath, ['scripts/gen-pinyin-table.mjs', '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('answers with the right article when one fits', () => {
    expect(titles('广州地铁末班车是几点')[0]).toBe('地铁首末班车时间');
    expect(titles('孩子明年读一年级什么时候报名')[0]).toBe('小学一年级新生报名');
    expect(titles('小区电梯老是坏，物业不管')).toContain('电梯故障和维保问题找谁');
  });

  it('does not answer with articles that only share a word', () => {
    expect(titles('小区的健身器材坏了')).toEqual([]);
    expect(titles('广州今天天气怎么样')).toEqual([]);
    expect(titles('广州哪里可以办理驾照年审')).toEqual([]); // 年审 is in the dog-licence article, not its topic
    expect(titles('孩子明年读一年级什么时候报名')).not.toContain('新生儿办理户口登记');
    expect(titles('小区电梯老是坏，物业不管')).not.toContain('噪音扰民怎么反映');
  });

  it('measures nearness by character bigrams that carry a topic, rare ones weighing more', () => {
    expect(topicGrams('车子乱停了')).toEqual(['车子', '子乱', '乱停']); // 停了 spans a function character
    const nb = new NeighbourIndex([
      { doc: 'parking', phrases: ['小区乱停车', '停车收费'] },
      { doc: 'fees', phrases: ['路边停车收费标准'] },
    ]);
    const [best, next] = nb.nearest('楼下车子乱停，出不去');
    expect(best.doc).toBe('parking');
    expect(best.similarity).toBeGreaterThan(next?.similarity ?? 0);
    expect(nb.nearest('今天天气')).toEqual([]);
  });

  it('answers only when the learned decision is confident enough, and says how confident', () => {
    const never = new KnowledgeIndex(articles, TUNING, { ...model, answer: 1.01 });
    const named = '小孩的出生登记能不能在手机上办';
    expect(never.search(named)).toEqual([]);
    const [hit] = index.search(named);
    expect(hit.doc.title).toBe('新生儿办理户口登记');
    expect(hit.probability).toBeGreaterThanOrEqual(model.answer);
    // The weights are the shipped model's, one per feature, as scripts/train-knowledge.ts writes them.
    expect(model.features).toEqual([...FEATURES]);
    expect(model.weights).toHaveLength(FEATURES.length);
    // A near miss that shares the topic word stays unanswered.
    expect(titles('地铁卡余额怎么退')).toEqual([]);
  });

  it('works on a small knowledge base without common questions', () => {
    const two = new KnowledgeIndex([
      { id: '1', title: '社保卡丢失怎么补办', body: '先拨打12333挂失，再到服务网点补卡。', tags: ['社保卡'] },
      { id: '2', title: '如何办理居住证', body: '持身份证到居住地派出所申请。', tags: ['居住证'] },
    ]);
    expect(two.search('我的社保卡丢了怎么办').map((h) => h.doc.id)).toEqual(['1']);
    expect(two.search('驾照年审')).toEqual([]);
  });

  const sets = tuningSets.map((t) => t.questions);
  /** The other sets' questions as examples: the set's own are not among them. */
  const othersThan = (questions: unknown) => examplesFrom(sets.filter((q) => q !== questions).flat());

  it('meets the targets on the shipped questions, which are not among the examples: top-3 ≥ 0.90, wrong answers ≤ 0.05', () => {
    const s = scoreKnowledge(articles, sets[0], othersThan(sets[0])); // the shipped questions
    expect(articles.length).toBeGreaterThanOrEqual(30);
    expect(s.questions).toBeGreaterThanOrEqual(150);
    expect(s.top3 / s.answerable).toBeGreaterThanOrEqual(0.9);
    expect(s.wrong.length / s.questions).toBeLessThanOrEqual(0.05);
  });

  it('keeps wrong answers within 0.05 over all sets and within the training budget (0.05) on each budget group, its own questions not among the examples', () => {
    let wrong = 0;
    let asked = 0;
    // learn.ts: the bars keep every budget group within 0.05 (the long set's two CV halves are one group).
    const byGroup = new Map<string, { wrong: number; asked: number }>();
    for (const { name, group, questions } of tuningSets.slice(1)) {
      const s = scoreKnowledge(articles, questions, othersThan(questions));
      expect(s.top3 / s.answerable).toBeGreaterThanOrEqual(0.7); // a floor: paraphrase sets (fresh, fresh2) are below 0.90
      const g = byGroup.get(group ?? name) ?? { wrong: 0, asked: 0 };
      byGroup.set(group ?? name, { wrong: g.wrong + s.wrong.length, asked: g.asked + s.questions });
      wrong += s.wrong.length;
      asked += s.questions;
    }
    for (const g of byGroup.values()) expect(g.wrong / g.asked).toBeLessThanOrEqual(0.05);
    expect(wrong / asked).toBeLessThanOrEqual(0.05);
  });

  it('leans on labelled examples: towards the article they name, and away from questions no article answers', () => {
    const [residence, card] = articles;
    const ex = new ExampleIndex([residence, card], { answered: { [card.title]: ['看病那张卡弄丢了'] }, unanswered: ['银行卡丢了怎么挂失'] });
    expect(ex.nearest('看病的卡弄丢了').byDoc.get(card)).toBeGreaterThan(0.5);
    expect(ex.nearest('看病的卡弄丢了').byDoc.has(residence)).toBe(false);
    expect(ex.nearest('银行卡丢了去哪挂失').none).toBeGreaterThan(0.5);
    expect(examplesFrom([{ q: 'a', expect: ['T'] }, { q: 'b', expect: [] }])).toEqual({ answered: { T: ['a'] }, unanswered: ['b'] });
    // A long labelled question is kept by its opening clauses, within MAX_EXAMPLE (22) characters.
    expect(exampleOf('你好，我想问一下，我的社保卡丢了三天了，现在急着去医院看病，怎么补办')).toBe('你好，我想问一下，我的社保卡丢了三天了');
    expect(exampleOf('我在广州天河区一家物流公司上班已经干了两年多了，怎么办')).toBe('我在广州天河区一家物流公司上班已经干了两年多');
  });

  it('ships the model and examples that `npm run train:knowledge` fits on the articles and labelled sets', () => {
    const examples = examplesFrom(tuningSets.flatMap((t) => t.questions));
    expect(packExamples(examples)).toEqual(decompressExamples(shippedExamples));
  }, 120_000);

  it('reads the same neighbours from the packed examples as from the labelled questions (packed.ts)', () => {
    const examples = examplesFrom(tuningSets.flatMap((t) => t.questions));
    const unpacked = unpackExamples(packExamples(examples));
    expect(unpacked.unanswered).toContain('树枝挡住路灯和窗户 申请修剪'); // punctuation as a space
    const read = placeReader(benchArticles.map((a) => `${a.title}\n${a.tags.join('\n')}\n${(a.questions ?? []).join('\n')}\n${a.body}`));
    const raw = new ExampleIndex(benchArticles, examples, read);
    const packed = new ExampleIndex(benchArticles, unpacked, read);
    const near = (ex: ExampleIndex<(typeof benchArticles)[number]>, q: string) => {
      const { byDoc, none } = ex.nearest(q);
      return [none, ...[...byDoc].map(([d, v]) => `${d.id} ${v}`).sort()];
    };
    for (const { q } of tuningSets.flatMap((t) => t.questions)) expect(near(packed, q)).toEqual(near(raw, q));
    expect(shippable(fitOnSets(benchArticles, tuningSets))).toEqual(model);
  }, 120_000);

  it('fits a logistic regression and answers only above the bar, runners-up within `keep` of the best', () => {
    const xs = [[0], [0.2], [0.4], [0.6], [0.8], [1], [0.3], [0.7]];
    const ys = [false, false, false, true, true, true, true, false];
    const { weights, bias } = fitLogistic(xs, ys, 0.01);
    expect(weights[0]).toBeGreaterThan(0); // more of the feature, more likely
    expect(bias).toBeLessThan(0);
    expect(decide({ answer: 0.5, keep: 0.75 }, [0.4, 0.3], 3)).toEqual([]);
    expect(decide({ answer: 0.5, keep: 0.75 }, [0.6, 0.9, 0.7, 0.2], 3)).toEqual([1, 2]);
    expect(decide({ answer: 0.5, keep: 0.5 }, [0.6, 0.9, 0.7, 0.5], 3)).toEqual([1, 2, 0]);
    // A message of three or more clauses meets the long bar (decide.ts LONG_CLAUSES), a short one the other.
    const clauses = (n: number) => [FEATURES.map((f) => (f === 'clauses' ? n / 6 : 0))];
    expect(decide({ answer: 0.5, answerLong: 0.8, keep: 1 }, [0.7], 3, clauses(1))).toEqual([0]);
    expect(decide({ answer: 0.5, answerLong: 0.8, keep: 1 }, [0.7], 3, clauses(3))).toEqual([]);
  });
});
