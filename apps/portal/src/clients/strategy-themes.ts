import { Injectable } from '@nestjs/common';
import type { Language } from '@pb/http/core';
import { ServiceClient } from './service-client';

export interface ThemeOption {
  code: string;
  title: string;
}

/**
 * The current strategy's themes, for the theme choices in forms and filters (cached a minute per
 * language): on an English page a theme's English title where the strategy has one (issue 11
 * item 7), the Dutch otherwise.
 */
@Injectable()
export class StrategyThemes {
  private readonly cache = new Map<Language, { at: number; themes: ThemeOption[] }>();

  constructor(private readonly services: ServiceClient) {}

  async list(lang: Language): Promise<ThemeOption[]> {
    const cached = this.cache.get(lang);
    if (cached && Date.now() - cached.at < 60000) return cached.themes;
    const result = await this.services.to('proposals', { lang }).GET('/api/strategy');
    if (!result.ok) return cached?.themes ?? [];
    // A body without themes (a service answering outside its contract) costs the forms their theme choices, not the page.
    const themes = (result.data?.themes ?? []).map((t) => ({ code: t.code, title: lang === 'en' && t.en?.title ? t.en.title : t.title }));
    this.cache.set(lang, { at: Date.now(), themes });
    return themes;
  }
}
