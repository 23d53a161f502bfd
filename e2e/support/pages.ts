import { expect } from '@jest/globals';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from './axe';
import { baseUrl } from './browser';

/** Loads a path in the given language and asserts it has no axe violations. */
export async function expectAccessible(page: Page, path: string, lang: 'nl' | 'en'): Promise<void> {
  const sep = path.includes('?') ? '&' : '?';
  await page.goto(`${baseUrl()}${path}${sep}lang=${lang}`);
  expect(await page.getAttribute('html', 'lang')).toBe(lang);
  expect(describeViolations(await axeViolations(page))).toEqual([]);
}

/** Logs in through the development issuer at /inloggen. */
export async function loginAs(page: Page, role: 'official' | 'intake' | 'moderator' | 'coordinator' | 'admin', name: string, department = 'EZ'): Promise<void> {
  await page.goto(`${baseUrl()}/inloggen?lang=nl`);
  await page.check(`input[name="role"][value="${role}"]`);
  await page.selectOption('select[name="department"]', department);
  await page.fill('input[name="name"]', name);
  await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]:has-text("Inloggen")')]);
}

/** A datetime-local field's value in Dutch time, `minutes` from now. */
export function dutchLocal(minutes: number): string {
  const at = new Date(Date.now() + minutes * 60000);
  const parts = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
  return parts.replace(' ', 'T');
}

export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}
