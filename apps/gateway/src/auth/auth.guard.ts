import { SERVICE_CONFIG } from '@lib/config';
import {
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import type { GatewayConfig } from '../gateway.config';
import { roles, type Caller, type Role } from './caller';
import { REQUIRED_ROLES } from './authenticated.decorator';

/**
 * Checks the bearer token (HS256 only, so "alg: none" and key confusion are refused; issuer,
 * audience and expiry checked) and the role the route asks for.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
    @Inject(SERVICE_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request & { caller?: Caller }>();
    const caller = await this.verify(bearerToken(request));
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (required?.length && !required.includes(caller.role))
      throw new ForbiddenException(`This needs the ${required.join(' or ')} role`);
    request.caller = caller;
    return true;
  }

  private async verify(token: string): Promise<Caller> {
    let claims: { sub?: unknown; role?: unknown };
    try {
      claims = await this.jwt.verifyAsync(token, {
        algorithms: ['HS256'],
        issuer: this.config.JWT_ISSUER,
        audience: this.config.JWT_AUDIENCE,
      });
    } catch (error) {
      throw new UnauthorizedException(`The token is not valid: ${(error as Error).message}`);
    }
    if (typeof claims.sub !== 'string' || !roles.includes(claims.role as Role))
      throw new UnauthorizedException('The token has no subject or no known role');
    return { id: claims.sub, role: claims.role as Role };
  }
}

function bearerToken(request: Request): string {
  const [scheme, token] = (request.headers.authorization ?? '').split(' ');
  if (scheme !== 'Bearer' || !token) throw new UnauthorizedException('A bearer token is required');
  return token;
}
