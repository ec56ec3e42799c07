// Simplified Chinese: "Discard this draft" (see ../en/discard.ts).
import type { ClientMessages } from '../en/index.js';

export const discard: Pick<
  ClientMessages,
  | 'draft.discard'
  | 'draft.discard.confirm'
  | 'draft.discard.yes'
  | 'draft.discard.no'
  | 'draft.kept'
  | 'draft.replaced'
  | 'draft.restoreEarlier'
> = {
  'draft.discard': '放弃此草稿',
  'draft.discard.confirm': '要放弃此草稿吗？其中写下的所有内容都会从此设备上删除，且无法恢复。已经提交的内容不受影响。',
  'draft.discard.yes': '放弃草稿',
  'draft.discard.no': '保留',
  'draft.kept': '我们保留了你在{date}写下的内容。在你提交或放弃之前，它会留在这台设备上。',
  'draft.replaced': '在你之前写的内容加载完成前，你已开始输入。刚输入的内容已保留；你也可以改为恢复之前的内容。',
  'draft.restoreEarlier': '恢复之前的内容',
};
