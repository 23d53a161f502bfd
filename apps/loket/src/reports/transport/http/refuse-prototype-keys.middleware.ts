import { Injectable, NestMiddleware } from '@nestjs/common';
import { RequestValidationException } from '@pb/http';
import type { ValidationError } from 'class-validator';
import type { NextFunction, Request, Response } from 'express';

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 64;

/**
 * class-transformer silently drops `__proto__`, `constructor` and `prototype` (to prevent
 * prototype pollution), so the validation pipe never sees them and cannot refuse them as
 * unknown fields. This looks at the parsed body first and refuses them like any unknown field.
 */
@Injectable()
export class RefusePrototypeKeysMiddleware implements NestMiddleware {
  use(req: Request, _res: Response, next: NextFunction): void {
    const found: string[] = [];
    const walk = (value: unknown, path: string, depth: number): void => {
      if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
      for (const key of Object.keys(value)) {
        const field = path ? `${path}.${key}` : key;
        if (PROTOTYPE_KEYS.has(key)) found.push(field);
        else walk((value as Record<string, unknown>)[key], field, depth + 1);
      }
    };
    walk(req.body, '', 0);
    if (!found.length) return next();
    const errors = found.map((field) => {
      const parts = field.split('.');
      const leaf: ValidationError = { property: parts[parts.length - 1], constraints: { whitelistValidation: 'unknown' }, children: [] };
      return parts.slice(0, -1).reduceRight<ValidationError>((child, property) => ({ property, children: [child] }), leaf);
    });
    next(new RequestValidationException(errors));
  }
}
