import { Body, Controller, HttpCode, Post, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Idempotent } from '@pb/http';
import { RequestTrackingLinkCommand } from '../../application/commands/request-tracking-link/request-tracking-link.command';
import { TrackingLinkAcceptedDto } from './dto/report.response.dto';
import { RequestTrackingLinkRequestDto } from './dto/request-tracking-link.request.dto';
import { RateLimited, ReportRateLimitInterceptor } from './report-rate-limit.interceptor';

/**
 * "Link kwijt / Lost your link?". Anonymous by nature, so it must never tell whether a reference
 * and an address belong together: the same 202 and the same body either way; the fresh link goes
 * only to the address on file. Limited per client address and per e-mail address, like the intake.
 */
@ApiTags('reports')
@Controller('api/loket/tracking-links')
@UseInterceptors(ReportRateLimitInterceptor)
export class TrackingLinksController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(202)
  @RateLimited('tracking-link')
  @Idempotent()
  @ApiAcceptedResponse({ type: TrackingLinkAcceptedDto, description: 'Always, whether or not the reference and the address match; on a match the reporter gets a new link by e-mail and the old one stops working.' })
  @ApiProblems(400, 413, 422, 429)
  async request(@Body() body: RequestTrackingLinkRequestDto): Promise<{ status: 'accepted' }> {
    await this.commands.execute(new RequestTrackingLinkCommand(body.reference, body.email));
    return { status: 'accepted' };
  }
}
