import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiTags } from '@nestjs/swagger';
import { RequestTrackingLinkCommand } from '../../application/commands/request-tracking-link/request-tracking-link.command';
import { RequestTrackingLinkRequestDto } from './dto/request-tracking-link.request.dto';

/**
 * "Link kwijt / Lost your link?". Anonymous by nature, so it must never tell whether a reference
 * and an address belong together: the same 202 and the same body either way; the fresh link goes
 * only to the address on file. Needs a per-address and per-e-mail rate limit (issue 9, item 3).
 */
@ApiTags('reports')
@Controller('api/loket/tracking-links')
export class TrackingLinksController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'Always, whether or not the reference and the address match; on a match the reporter gets a new link by e-mail and the old one stops working.' })
  async request(@Body() body: RequestTrackingLinkRequestDto): Promise<{ status: 'accepted' }> {
    await this.commands.execute(new RequestTrackingLinkCommand(body.reference, body.email));
    return { status: 'accepted' };
  }
}
