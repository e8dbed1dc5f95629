import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { AuthGuard } from './auth.guard';
import type { Role } from './caller';

export const REQUIRED_ROLES = 'requiredRoles';

/** Rate-limited, and open only to callers with a valid token and one of `roles` (any if none). */
export function Authenticated(...roles: Role[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    UseGuards(ThrottlerGuard, AuthGuard),
    SetMetadata(REQUIRED_ROLES, roles),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'No valid token' }),
    ApiForbiddenResponse({ description: 'The role does not allow it' }),
  );
}
