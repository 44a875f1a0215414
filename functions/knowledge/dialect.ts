/**
 * Dialect words and spellings → standard Mandarin, rewritten in a question before the knowledge search reads it
 * (search.ts `signals`). The articles are written in Mandarin; citizens write Cantonese (唔见咗, 细路仔, 老细), Hunan
 * and Sichuan (啷个, 么子, 晓得) and northern (俺娘, 中不中) wording. General language, not fitted to any question
 * list; the emergency screening has its own table (shared/screening/emergency/rules.ts) tuned to its key words.
 * Longest first, so that 唔见咗 is read before 唔 and 咗.
 */
const PAIRS: Array<[string, string]> = [
  // Cantonese
  ['睬都唔睬', '不理'], ['理都唔理', '不理'], ['唔见咗', '不见了'], ['跌咗', '掉了'], ['唔见', '不见'], ['细路仔', '小孩'],
  ['细路', '小孩'], ['啱啱', '刚刚'], ['老细', '老板'], ['成日', '经常'], ['走鬼', '流动摊贩'], ['摆档', '摆摊'],
  ['阿爸', '爸爸'], ['阿妈', '妈妈'], ['老豆', '爸爸'], ['几多钱', '多少钱'], ['几多', '多少'], ['返工', '上班'],
  ['放工', '下班'], ['炒鱿鱼', '辞退'], ['搭地铁', '坐地铁'], ['搭巴士', '坐公交'], ['乜嘢', '什么'], ['边度', '哪里'],
  ['边个', '谁'], ['点样', '怎样'], ['点解', '为什么'], ['唔肯', '不肯'], ['唔系', '不是'], ['嘈', '吵'], ['地盘', '工地'],
  ['咗', '了'], ['唔', '不'], ['冇', '没'], ['佢', '他'], ['嘅', '的'], ['喺', '在'], ['嚟', '来'], ['嘢', '东西'],
  ['啲', '些'], ['揾', '找'], ['搵', '找'], ['睇', '看'], ['攞', '拿'], ['畀', '给'], ['俾', '给'],
  // Hunan, Sichuan, Hubei
  ['搞么子', '做什么'], ['么子', '什么'], ['啷个', '怎么'], ['晓得', '知道'], ['咯', ''],
  // Northern
  ['俺娘', '我妈'], ['俺爹', '我爸'], ['俺', '我'], ['中不中', '行不行'], ['闺女', '女儿'],
  // Pinyin initials typed for speed (lower case; the pattern ignores case) and Cantonese BB
  ['sfz', '身份证'], ['jzz', '居住证'], ['gjj', '公积金'], ['bb', '宝宝'],
];

const pattern = new RegExp(PAIRS.map(([from]) => from).join('|'), 'gi');
const to = new Map(PAIRS);

/** `text` with dialect words read as Mandarin. */
export function toMandarin(text: string): string {
  return text.replace(pattern, (w) => to.get(w.toLowerCase()) ?? w);
}
