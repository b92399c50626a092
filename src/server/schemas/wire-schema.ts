import { z } from '@hono/zod-openapi';
import type { z as zod } from 'zod';
import { fieldWireType, type FieldWireType } from '../../domain/index.js';

function fromWireType(wire: FieldWireType): zod.ZodType {
  switch (wire.type) {
    case 'text':
    case 'id':
    case 'slug':
      return z.string();
    case 'email':
      return z.string().openapi({ format: 'email' });
    case 'currency':
      return z.string().openapi({ pattern: '^[A-Z]{3}$', example: 'USD' });
    case 'date':
      return z.string().openapi({ format: 'date', example: '2026-12-02' });
    case 'timestamp':
      return z.string().openapi({ format: 'date-time', example: '2026-12-02T09:30:00.000Z' });
    case 'boolean':
      return z.boolean();
    case 'list':
      return z.array(z.string());
    case 'domains':
      return z.array(z.string()).openapi({ example: ['acme.com'] });
    case 'number': {
      let n = wire.integer ? z.number().int() : z.number();
      if (wire.min !== undefined) n = n.min(wire.min);
      if (wire.max !== undefined) n = n.max(wire.max);
      return n;
    }
    case 'choice':
      return z.enum(wire.values as [string, ...string[]]);
  }
}

/**
 * The schema of what a domain schema yields, for responses and the OpenAPI document.
 * Domain fields take loose input (CSV cells) through transforms that OpenAPI cannot
 * describe; each is replaced by its wire type, recursively, so a field added to the domain
 * appears in the API document without anyone writing it twice.
 */
export function wireSchema(schema: zod.ZodType): zod.ZodType {
  const wire = fieldWireType(schema);
  const def = (schema as { _zod: { def: { type: string } } })._zod.def as { type: string } & Record<string, unknown>;
  if (wire) return def.type === 'optional' ? fromWireType(wire).optional() : fromWireType(wire);
  switch (def.type) {
    case 'object': {
      const shape = (schema as zod.ZodObject).shape;
      const out: Record<string, zod.ZodType> = {};
      for (const [k, v] of Object.entries(shape)) out[k] = wireSchema(v as zod.ZodType);
      return z.object(out);
    }
    case 'array':
      return z.array(wireSchema(def.element as zod.ZodType));
    case 'optional':
      return wireSchema(def.innerType as zod.ZodType).optional();
    case 'nullable':
      return wireSchema(def.innerType as zod.ZodType).nullable();
    // A default always yields a value.
    case 'default':
    case 'prefault':
      return wireSchema(def.innerType as zod.ZodType);
    case 'union':
      return z.union((def.options as zod.ZodType[]).map(wireSchema) as [zod.ZodType, zod.ZodType, ...zod.ZodType[]]);
    case 'record':
      return z.record(z.string(), wireSchema(def.valueType as zod.ZodType));
    case 'pipe':
      return wireSchema(def.out as zod.ZodType);
    default:
      return schema;
  }
}
