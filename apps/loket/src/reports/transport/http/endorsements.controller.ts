import { Body, Controller, Headers, HttpCode, Param, Post, UseInterceptors } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiHeader, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { REPORT_REFERENCE_PATTERN } from '@pb/contracts';
import { ApiProblems, Idempotent, languageOf } from '@pb/http';
import { EndorseBarrierCommand } from '../../application/commands/endorse-barrier/endorse-barrier.command';
import { WithdrawEndorsementCommand } from '../../application/commands/withdraw-endorsement/withdraw-endorsement.command';
import { ReportNotFoundError } from '../../domain/barrier-report.errors';
import { EndorsedResponseDto, EndorseRequestDto, WithdrawEndorsementRequestDto } from './dto/crowd.dto';
import { RateLimited, ReportRateLimitInterceptor } from './report-rate-limit.interceptor';

/** "This is my barrier too" (issue 10, item 7): a company adds itself to a published register entry, and takes it back. */
@ApiTags('register')
@Controller('api/loket/register')
@UseInterceptors(ReportRateLimitInterceptor)
export class EndorsementsController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':reference/endorsements')
  @HttpCode(202)
  @RateLimited('endorsement')
  @Idempotent()
  @ApiParam({ name: 'reference', schema: { type: 'string', pattern: REPORT_REFERENCE_PATTERN.source }, example: 'LKT-2026-000123' })
  @ApiHeader({ name: 'accept-language', required: false, description: 'The language of the form (nl by default): the endorser’s mails are written in it.' })
  @ApiAcceptedResponse({
    type: EndorsedResponseDto,
    description: 'Accepted: the company counts for this barrier and gets its outcome by mail, with a link to take it back. The same address again for the same entry is answered alike and changes nothing.',
  })
  // 422: a malformed Idempotency-Key header (the shared IdempotencyInterceptor), as on POST /reports.
  @ApiProblems(400, 404, 413, 422, 429)
  endorse(@Param('reference') reference: string, @Body() body: EndorseRequestDto, @Headers('accept-language') acceptLanguage?: string): Promise<{ reference: string }> {
    if (!REPORT_REFERENCE_PATTERN.test(reference)) throw new ReportNotFoundError();
    return this.commands.execute(new EndorseBarrierCommand(reference, { company: body.company, contact: body.contact }, languageOf(acceptLanguage)));
  }

  @Post('endorsement-withdrawals')
  @HttpCode(200)
  @ApiOkResponse({ type: EndorsedResponseDto, description: 'The endorsement and its contact are deleted; it no longer counts.' })
  @ApiProblems(400, 404, 413, 429)
  withdraw(@Body() body: WithdrawEndorsementRequestDto): Promise<{ reference: string }> {
    return this.commands.execute(new WithdrawEndorsementCommand(body.token));
  }
}
