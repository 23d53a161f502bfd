import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { SubmitReportCommand, SubmitReportResult } from '../../application/commands/submit-report/submit-report.command';
import { SubmitReportRequestDto } from './dto/submit-report.request.dto';

@ApiTags('reports')
@Controller('api/loket/reports')
export class ReportsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ description: 'The report was received; the private tracking link goes to the reporter by e-mail.' })
  async submit(@Body() body: SubmitReportRequestDto): Promise<{ reference: string; status: string }> {
    const result = await this.commands.execute<SubmitReportCommand, SubmitReportResult>(new SubmitReportCommand(body));
    return { reference: result.reference, status: result.status };
  }
}
