// The language control every widget story offers: each shipped locale, plus two tags that
// show how a page's lang is matched (zh-CN is served zh-Hans; zh-TW falls back to English).
import { shippedLocales } from '../src/i18n/catalogue.js';

export const langControl = { control: 'select', options: [...shippedLocales(), 'zh-CN', 'zh-TW'] } as const;
