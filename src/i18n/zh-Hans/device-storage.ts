// Simplified Chinese: a full disk at submit and after delivery (see en/device-storage.ts).
import type { Catalogue } from '../catalogue-types.js';
import type { deviceStorage as english } from '../en/device-storage.js';

export const deviceStorage: Catalogue<typeof english> = {
  'device.sendingUnsaved': '未保存在此设备上（存储空间已满）：正在直接发送…',
  'device.unsentCopy': '未保存在此设备上，也未能发送。请复制您的回答以免丢失，然后再试一次。',
  'device.answers': '您的回答',
  'device.copy': '复制您的回答',
  'device.copied': '已复制。',
  'device.deliveredNotRecorded': '已发送给您的治疗师。此设备存储空间已满，无法保留发送记录：请释放一些空间。',
};
