import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { documentSchema } from '../../../shared/correspondence';
import { LetterError, letterRequest, letterTemplates, renderLetter, type LetterInput } from '../../../shared/letters';
import type { AppEnv } from '../env';
import { requireUser } from '../middleware/auth';
import { requireRole } from '../middleware/workspace';
import { registerDocument, registration, symbolSuffix, toDocument } from '../services/correspondence';
import { newId } from '../services/ids';
import { now, today } from '../services/clock';
import { fieldsInvalid } from './correspondence-shared';
import { jsonAnswer, jsonBody, problems, router, wsParams } from './openapi';

/**
 * /api/w/:ws/letter-templates and /letters — bilingual letters to partners (shared/letters.ts).
 * Issuing one registers it in the outgoing register with its text, number and symbol.
 */
export const letterRoutes = router();

const tags = ['Correspondence'];
const bilingualText = z.object({ vi: z.string(), en: z.string() });
const templateSchema = z.object({
  id: z.string(),
  typeCode: z.string(),
  name: bilingualText,
  fields: z.array(z.object({ path: z.string(), kind: z.enum(['text', 'bilingual', 'date', 'datetime']), required: z.boolean(), label: bilingualText, hint: bilingualText.optional() })),
});
const renderedSchema = z.object({ template: z.string(), typeCode: z.string(), subject: z.string(), recipients: z.string(), vi: z.string(), en: z.string(), text: z.string() });

function render(c: Context<AppEnv>, input: LetterInput) {
  try {
    return renderLetter(input, c.get('workspace').name);
  } catch (err) {
    if (!(err instanceof LetterError)) throw err;
    throw fieldsInvalid({ path: err.path, code: err.key });
  }
}

letterRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/w/{ws}/letter-templates',
    tags,
    description: 'The letter templates and the fields each one asks for, labelled in Vietnamese and English.',
    request: { params: wsParams },
    responses: { 200: jsonAnswer(z.object({ items: z.array(templateSchema), nextCursor: z.null() })), 401: problems[401], 404: problems[404] },
  }),
  (c) => c.json({ items: letterTemplates, nextCursor: null }, 200),
);

letterRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/w/{ws}/letters/preview',
    tags,
    description: 'The letter as it would be issued: Vietnamese, English, and the register subject. Writes nothing.',
    middleware: [requireRole('editor')],
    request: { params: wsParams, ...jsonBody(letterRequest) },
    responses: { 200: jsonAnswer(renderedSchema), 401: problems[401], 403: problems[403], 404: problems[404], 422: problems[422] },
  }),
  (c) => c.json(render(c, c.req.valid('json')), 200),
);

letterRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/w/{ws}/letters/issue',
    tags,
    description: 'Renders the letter and registers it as an outgoing document of the template’s type (TM, TC or GM), with the text as its body.',
    middleware: [requireRole('editor')],
    request: { params: wsParams, ...jsonBody(letterRequest) },
    responses: { 201: jsonAnswer(documentSchema, 'Registered'), 401: problems[401], 403: problems[403], 404: problems[404], 422: problems[422] },
  }),
  async (c) => {
    const input = c.req.valid('json');
    const letter = render(c, input);
    const user = requireUser(c);
    const at = now(c);
    const row = await registerDocument(
      c.get('db'),
      user,
      {
        id: newId(),
        direction: 'out',
        series: 'normal',
        classification: 'none',
        ...registration(at),
        typeCode: letter.typeCode,
        subject: letter.subject,
        documentDate: input.date,
        signer: input.signer.name,
        recipients: letter.recipients,
        language: 'vi+en',
        urgency: input.urgency ?? 'normal',
        notes: input.notes ?? null,
        body: letter.text,
        template: letter.template,
        createdBy: user.id,
        createdAt: at,
        updatedAt: at,
      },
      symbolSuffix(letter.typeCode, c.get('workspace').code),
      'letter.issue',
    );
    return c.json(toDocument(row, today(c), []), 201);
  },
);
