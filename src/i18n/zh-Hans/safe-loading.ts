// Simplified Chinese: loading the library's own files safely, and the addresses it refuses.
import type { Catalogue } from '../catalogue-types.js';
import type { safeLoading as english } from '../en/safe-loading.js';

export const safeLoading: Catalogue<typeof english> = {
  'load.failed': '此练习的一部分无法安全加载，因此暂时无法打开。已保存在此设备上的内容会保留。',
  'load.partial': '此页面的一部分（例如其翻译）无法安全加载。你写的内容仍会保存在此设备上。',
  'load.tryAgain': '重试',
  endpointCredentials: '接收地址中不得包含用户名或密码。',
  assignmentSrcOrigin: '作业地址必须与接收地址位于同一网站，或位于为其允许的网站 ({details})。',
};
