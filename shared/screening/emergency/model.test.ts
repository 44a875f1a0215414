/**
 * The learned emergency model beside the rules (model.ts, scripts/lib/screening-learn.ts, the combination in classify.ts): clear cases,
 * the shipped model.json being what `npm run train:screening` writes, and that a model alarm says which n-grams
 * raised it. Accuracy figures are `npm run bench:screening -- --cv`, not tests.
 */
import { screenEmergency } from '..';
import { classifyByRules, classifyEmergency, MODEL_USE, normalise } from './classify';
import { corpusParts, fitModel, packGrams, packWeights } from '../../../scripts/lib/screening-learn';
import { WEIGHT_RANGE, gramsOf, loadModel, scoreModel, unpackGrams, weightAt, type ScreeningModel } from './model';
import shipped from './model.json';

const probability = (text: string) => scoreModel(normalise(text)).probability;

/** A hand-made model: 晕 and 倒 say emergency and 120, 退 and 费 say not. */
const tiny = loadModel({
  maxGram: 2, scale: 10, bias: [-20, -10, -10, -10, -10], grams: '倒 晕倒 退 费', // packed: 倒, 晕, 晕倒, 退, 费
  // columns (a head's weight for each gram): emergency, 110, 119, 120, 122
  weights: packWeights([15, 30, 40, -40, -40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 20, 5, 0, 0, 0, 0, 0, 0, 0]),
} satisfies ScreeningModel);

describe('learned emergency model', () => {
  it('reads the character 1–2-grams of a message, its start and end as boundaries', () => {
    expect(gramsOf('着火了', 2).sort()).toEqual(['了', '了，', '火', '火了', '着', '着火', '，着'].sort());
    expect(gramsOf('快来，救命', 1)).toEqual(['快', '来', '救', '命']);
  });

  it('packs its grams by first character, and reads them back in order', () => {
    const grams = ['，嘴', '，脸', '倒', '晕', '晕倒', '晕地', '𠮶', '𠮶人'];
    expect(packGrams(grams)).toBe('!，嘴脸 倒 晕倒地 𠮶人');
    expect(unpackGrams(packGrams(grams))).toEqual(grams);
    expect(packGrams(unpackGrams(shipped.grams))).toBe(shipped.grams);
    expect(unpackGrams(shipped.grams)).toHaveLength(shipped.weights.length / shipped.bias.length);
  });

  it('packs each weight as one printable character, no backslash, and reads it back', () => {
    const ws = Array.from({ length: 2 * WEIGHT_RANGE + 1 }, (_, i) => i - WEIGHT_RANGE);
    const packed = packWeights(ws);
    expect(packed).toMatch(/^[#-[\]-~]+$/);
    expect(packed).not.toContain('\\');
    expect(ws.map((_, i) => weightAt(packed, i))).toEqual(ws);
    expect(() => packWeights([WEIGHT_RANGE + 1])).toThrow();
  });

  it.each([
    '我奶奶躺在地上起不来了，快来人',
    '我老公在厨房倒下了，脸色发白，怎么叫都不答应',
    '我爸刚才在厕所里摔了一跤，现在坐着起不来，头上肿了个包',
  ])('%s: an emergency to the shipped model, 120 first', (text) => {
    expect(probability(text)).toBeGreaterThan(MODEL_USE.threshold);
    expect(scoreModel(normalise(text)).numbers[0]).toBe('120');
  });

  it.each(['小区门口路灯坏了', '办理居住证需要什么材料', '公交车太挤了', '楼下烧烤店油烟太大', '老人优惠卡', '车子堵在楼下出不去'])('%s: not an emergency to the shipped model', (text) => {
    expect(probability(text)).toBeLessThan(0.5);
  });

  // A place name some emergencies mention (海珠桥) may lift it a little, never near an alarm.
  it.each(['', '你好', '天河区', '已选择：海珠区'])('%j: no telling words, no alarm (the emergency bias is fixed below zero)', (text) => {
    expect(probability(text)).toBeLessThan(0.5);
    expect(classifyEmergency(text).emergency).toBe(false);
  });

  it('ships the model.json that `npm run train:screening` fits (rerun it after changing the corpus, the knowledge questions or normalise())', () => {
    expect(corpusParts().map((p) => p.name)).not.toContain('heldout5');
    const fresh = JSON.stringify(fitModel(corpusParts().map((p) => p.part))) === JSON.stringify(shipped);
    // A diff of two weight arrays helps nobody: say what to do.
    expect(fresh ? 'model.json is fresh' : 'model.json is stale: run `npm run train:screening` and commit it').toBe('model.json is fresh');
  }, 120_000);

  it('a model alarm, when no rule hits, names the stretch its strongest n-grams cover and the model’s numbers', () => {
    expect(classifyByRules('阿姨晕了').emergency).toBe(false);
    const v = classifyEmergency('阿姨晕了', { model: tiny, threshold: 0.5, guard: 'both', veto: 0 });
    expect(v).toMatchObject({ emergency: true, numbers: ['120'], matches: [{ rule: 'model', label: '疑似紧急情况', matched: '晕' }] });
    expect(scoreModel('阿姨晕倒了', tiny).top).toEqual(['晕倒']); // 晕, 倒 and 晕倒 cover one stretch: named once
  });

  it('the shipped model’s alarm reaches the citizen with its n-grams', () => {
    const text = '我老公在厨房倒下了，脸色发白，怎么叫都不答应';
    expect(classifyByRules(text).emergency).toBe(false);
    const r = screenEmergency(text);
    expect(r?.reasons).toEqual([{ rule: 'model', label: '疑似紧急情况', matched: scoreModel(normalise(text)).top.join('、') }]);
    for (const g of scoreModel(normalise(text)).top) expect(normalise(text)).toContain(g);
    expect(r?.hotline?.number).toBe('120');
  });

  it('the rules’ verdict stands when they hit, and a below-threshold model stays silent', () => {
    const v = classifyEmergency('楼下着火了', { model: tiny, threshold: 0.5, guard: 'none', veto: 0 });
    expect(v.matches.map((m) => m.rule)).toEqual(['fire']);
    expect(classifyEmergency('阿姨晕了', { model: tiny, threshold: 0.99, guard: 'none', veto: 0 }).emergency).toBe(false);
    expect(classifyEmergency('阿姨晕了', { model: null, threshold: 0, guard: 'none', veto: 0 }).emergency).toBe(false);
  });

  it('the rules’ guards silence a model alarm: past words, and hits the rules explained', () => {
    const use = { model: tiny, threshold: 0.5, veto: 0 };
    expect(classifyEmergency('去年阿姨晕了', { ...use, guard: 'words' }).emergency).toBe(false);
    expect(classifyEmergency('去年阿姨晕了', { ...use, guard: 'none' }).emergency).toBe(true);
    expect(classifyEmergency('阿姨晕了，现在还在地上', { ...use, guard: 'words' }).emergency).toBe(true); // urgent word
    expect(classifyEmergency('我爸胸口痛了好几个月，晕', { ...use, guard: 'suppressed' }).emergency).toBe(false);
  });

  it('a veto sets a rules hit aside when the model is sure it is ordinary, and says so', () => {
    const v = classifyEmergency('着火了退费', { model: tiny, threshold: 0.5, guard: 'none', veto: 0.05 });
    expect(v.emergency).toBe(false);
    expect(v.suppressed).toContainEqual({ rule: 'fire', label: '火灾、冒烟', matched: '着火', guard: 'model' });
  });
});
