// Simplified Chinese: loading the library's own files safely, and the addresses it refuses.
import type { Catalogue } from '../catalogue-types.js';
import type { assignmentFetch } from '../en/assignment-fetch.js';
import type { safeLoading as english } from '../en/safe-loading.js';

export const safeLoading: Catalogue<typeof english & typeof assignmentFetch> = {
  'load.failed': '此练习的一部分无法安全加载。你已保存的内容会保留。',
  'load.tryAgain': '重试',
  endpointCredentials: '接收地址中不得包含用户名或密码。',
  assignmentSrcInvalid: '作业地址必须是 https 地址。',
  assignmentSrcRefused: '无法加载作业（服务器返回 {details}）。',
  assignmentSrcOrigin: '作业地址（{details}）必须位于接收地址所在的网站，或为其允许的网站。',
};
