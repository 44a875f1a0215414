/**
 * Query and article text → the units the knowledge search matches (functions/knowledge/search.ts).
 *
 * ICU's word break (`Intl.Segmenter`, built into Node) knows everyday words but splits much administrative vocabulary
 * into single characters (公/积/金, 社/保/卡, 异/地/就/医). So a query becomes stretches of content between function
 * words and characters (的, 了, 吗, 怎么 …), each cut into:
 * - the longest words the articles use (their tags and ICU words: 居住证, 社保卡), else ICU's own word (驾照);
 * - in what is left, the longest strings some article contains (网购, 年审), else single characters, each carrying
 *   the bigrams it forms with its neighbours (公 of 公租房 meets only articles that have 公租).
 * Units are matched against an article's text by containment, and a unit of three or more characters the article
 * does not contain whole still matches by the share of its character bigrams it contains (a word the segmenter
 * or the citizen splits differently: 消防车道 / 消防通道).
 */

const segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' });

/** Words that say nothing about the topic: question words, pronouns, fillers, politeness, the city's own name. */
export const STOP_WORDS = new Set(
  ('我们 你们 他们 她们 我家 咱们 大家 自己 人家 这个 那个 这些 那些 这样 那样 这里 那里 这边 那边 哪里 哪儿 哪个 哪些 '
    + '怎么 怎么办 怎么样 怎样 如何 什么 啥子 为什么 为啥 多少 多久 几个 几天 请问 问问 问下 想问 一下 咨询 麻烦 你好 您好 谢谢 同志 '
    + '可以 可不可以 能不能 能否 是不是 有没有 要不要 会不会 行不行 好不好 需要 应该 应当 必须 已经 一直 现在 今天 时候 还是 或者 '
    + '以及 而且 但是 如果 因为 所以 然后 就是 不是 没有 一个 一些 有点 有些 比较 非常 特别 真的 知道 告诉 了解 情况 问题 事情 '
    + '办理 下来 起来 出来 一下子 怎么弄 咋办 咋整 咋弄 怎么搞 一般 具体 相关 有关 广州 广州市 本市 '
    // Possessives, fillers and dialect question frames (Cantonese 点算 / 点搞 / 系唔系, northern 俺 / 咋个 / 啥时候).
    + '我的 你的 他的 她的 俺 俺的 俺们 咱 咱家 人家的 打扰 打扰一下 不好意思 听说 请教 帮帮忙 帮我 问一下 问个 '
    + '点算 点搞 点办 点样 系唔系 有冇 唔该 咋个 咋样 啥时候 什么时候 几时 多长时间 那个 这种 那种 穗').split(' '),
);

/**
 * Words that frame a question rather than name its topic (how to apply, which materials, where, complaint, the
 * neighbourhood): they count for less and never name an article's topic on their own.
 */
export const FRAME_WORDS = new Set(
  ('申请 条件 流程 手续 材料 资料 证明 时间 地点 地方 部门 机构 窗口 渠道 方式 标准 规定 政策 处理 反映 投诉 举报 解决 '
    + '服务 要求 合法 人员 网上 线上 小区 学校 医院 晚上 早上 白天 每天 天天 每个 每月 每年 东西 多少钱 费用 影响 帮忙').split(' '),
);

/** Single characters that carry no topic; they also end a stretch of content. */
const STOP_CHARS = new Set(
  [...'的了吗呢吧啊呀哦哈么嘛啦我你他她它是在有和与或就都也很要想去来到会能可没不个些这那哪谁几咋啥怎吗把被让给对向从以及等其之而但若该再还又才只请问帮办弄搞整样呗哎嗯']);

const HAN = /^[\u3400-\u9fff]+$/;

export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Longest unit looked up in the articles' text. */
export const MAX_UNIT = 8;

/** One unit of a question. A single character carries the bigrams it forms with its neighbours in the question. */
export interface Unit {
  text: string;
  /** For a single character: it counts only where an article has it beside the same neighbour (公租房's 公 is not
   * the 公 of 公积金). */
  context?: string[];
}

/**
 * The units of a question, without repeats. `known`: a word of the articles (wordsOf); `contained`: a string some
 * article contains.
 */
export function queryUnits(
  text: string,
  known: (s: string) => boolean = () => false,
  contained: (s: string) => boolean = () => false,
): Unit[] {
  const norm = normalize(text);
  const out = new Map<string, Unit>();
  const push = (u: string, at: number) => {
    if (!u || STOP_WORDS.has(u) || (u.length === 1 && STOP_CHARS.has(u))) return;
    if (u.length > 1 || !HAN.test(u)) {
      out.set(u, { text: u });
      return;
    }
    const content = (c: string) => HAN.test(c) && !STOP_CHARS.has(c);
    const context = [norm.slice(at - 1, at + 1), norm.slice(at, at + 2)].filter((g) => g.length === 2 && [...g].every(content));
    out.set(`${u}@${context.join(',')}`, { text: u, context: context.length ? context : undefined });
  };
  /** One stretch of content from offset `start`: ICU's words in order. */
  const cut = (words: string[], start: number) => {
    const chunk = words.join('');
    const icuAt = new Map<number, string>();
    words.reduce((at, w) => (icuAt.set(at, w), at + w.length), 0);
    let singles = '';
    let singlesAt = 0;
    /** Single characters in a row: ICU's misses (网/购, 年/审); the longest strings some article contains are units. */
    const flushSingles = () => {
      for (let i = 0; i < singles.length; ) {
        let len = 1;
        for (let l = Math.min(MAX_UNIT, singles.length - i); l >= 2 && len === 1; l -= 1) if (contained(singles.slice(i, i + l))) len = l;
        push(singles.slice(i, i + len), start + singlesAt + i);
        i += len;
      }
      singles = '';
    };
    const longestKnown = (i: number) => {
      for (let l = Math.min(MAX_UNIT, chunk.length - i); l >= 2; l -= 1) if (known(chunk.slice(i, i + l))) return l;
      return 0;
    };
    for (let i = 0; i < chunk.length; ) {
      let len = longestKnown(i);
      const icu = icuAt.get(i) ?? '';
      // ICU's word, known or not, over a shorter known one — unless an article word starts inside it and runs past
      // its end (马路/上井/盖: 井盖 is the word).
      const overlapped = [...icu].some((_, k) => k > 0 && longestKnown(i + k) > icu.length - k);
      if (icu.length >= 2 && icu.length > len && !overlapped) len = icu.length;
      if (len) {
        flushSingles();
        push(chunk.slice(i, i + len), start + i);
        i += len;
      } else {
        if (!singles) singlesAt = i;
        singles += chunk[i];
        i += 1;
      }
    }
    flushSingles();
  };
  let words: string[] = [];
  let wordsAt = 0;
  for (const s of segmenter.segment(norm)) {
    const w = s.segment;
    const han = HAN.test(w);
    if (!s.isWordLike || STOP_WORDS.has(w) || (w.length === 1 && STOP_CHARS.has(w)) || !han) {
      cut(words, wordsAt);
      words = [];
      if (s.isWordLike && !han) push(w, s.index);
      continue;
    }
    if (!words.length) wordsAt = s.index;
    words.push(w);
  }
  cut(words, wordsAt);
  return [...out.values()];
}

/**
 * The words of the articles, the `known` of queryUnits: the tags as written (the articles' own vocabulary:
 * 社保卡, 公积金, 异地就医, which ICU splits) and ICU's words of two characters or more.
 */
export function wordsOf(texts: string[], tags: string[] = []): Set<string> {
  const out = new Set(tags.map(normalize));
  for (const text of texts) {
    for (const s of segmenter.segment(normalize(text))) if (s.isWordLike && s.segment.length >= 2 && HAN.test(s.segment)) out.add(s.segment);
  }
  return out;
}

/** Every string of two to MAX_UNIT characters in `texts` (to ask "does some article contain it?" in O(1)). */
export function substringsOf(texts: string[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts) for (let i = 0; i < t.length; i += 1) for (let l = 2; l <= MAX_UNIT && i + l <= t.length; l += 1) out.add(t.slice(i, i + l));
  return out;
}

/** Character bigrams of the Han text in `text` (for partial matches). */
export function bigrams(text: string): string[] {
  const out: string[] = [];
  for (const chunk of text.match(/[\u3400-\u9fff]+/g) ?? []) for (let i = 0; i + 2 <= chunk.length; i += 1) out.push(chunk.slice(i, i + 2));
  return out;
}
