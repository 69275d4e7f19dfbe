import type { z } from 'zod';
import type { ReportDeliverySchema } from '../../../shared/api/dashboard-contract';

export type ReportDelivery = z.infer<typeof ReportDeliverySchema>;
