/**
 * A grievance or a request for action (docs/rules.md §2: no answer is better than a wrong one): the citizen reports a
 * refusal (被拒, 驳回, 没通过), appeals (不服, 申诉, 复议), disputes a fee (乱收费, 该不该收, 合理吗), a delay (一直没,
 * 迟迟, 没到账, 催) or bad service (态度, 约不上), or wants something undone (取消, 解绑). A how-to article seldom answers
 * that: the signal is a marker of the question the article itself does not use (an article on complaints about noise
 * uses 投诉, one on a refused benefit may use 被拒). The decision (decide.ts) weighs it like the other signals.
 */
const MARKERS = [
  '被拒', '拒了', '拒绝', '驳回', '没批', '不批', '没通过', '不通过', '不给办', '不受理',
  '不服', '申诉', '复议', '复核', '撤销', '投诉',
  '一直没', '迟迟', '拖着', '催', '超时', '没到账', '没消息', '没人接', '约不上',
  '乱收', '多收', '收了', '该不该', '合理吗', '贵', '赔', '补偿',
  '态度', '凶', '骂', '换人', '开错', '排队',
  '取消', '解绑', '解约',
];

/** The markers of grievance in the question (normalized). */
export function grievancesOf(q: string): string[] {
  return MARKERS.filter((m) => q.includes(m));
}

/** Whether the question's grievance is one the article (its head and body) does not speak of. */
export const unspoken = (markers: string[], articleText: string) => markers.some((m) => !articleText.includes(m));
