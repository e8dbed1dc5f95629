import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Caller } from './caller';

/** The caller the AuthGuard verified. */
export const CurrentCaller = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Caller =>
    context.switchToHttp().getRequest<{ caller: Caller }>().caller,
);
