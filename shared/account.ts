import { z } from 'zod';
import { roles } from './workspace';

export const locales = ['vi', 'en'] as const;
export type Locale = (typeof locales)[number];

export const email = z.string().trim().toLowerCase().pipe(z.email({ message: 'email_format' }));
export const password = z.string().min(10, { message: 'password_too_short' }).max(200, { message: 'too_long' });
export const personName = z.string().trim().min(1, { message: 'required' }).max(200, { message: 'too_long' });

export const signUp = z.object({ name: personName, email, password });
export const signIn = z.object({ email, password: z.string().min(1, { message: 'required' }) });
export const mePatch = z.object({ name: personName, locale: z.enum(locales) }).partial();
export const tokenCreate = z.object({ name: z.string().trim().min(1, { message: 'required' }).max(100) });

export const invitationCreate = z.object({ email, role: z.enum(roles) });
export const roleChange = z.object({ role: z.enum(roles) });
