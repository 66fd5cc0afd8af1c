import type { InferResponseType } from 'hono/client';
import type { api } from './client';

/** The supply side's shapes (catalog, activities, offers, rosters, creators, samples), inferred from the Worker's routes. */
export type ProductPage = InferResponseType<typeof api.v1.products.$get, 200>;
export type Product = ProductPage['data'][number];
export type Sku = Product['skus'][number];
export type ProductStatus = Product['status'];
export type SamplePolicy = Product['samplePolicy'];
export type ImportJob = InferResponseType<(typeof api.v1.imports)[':id']['$get'], 200>;
export type ImportSummary = InferResponseType<typeof api.v1.imports.$get, 200>['data'][number];
export type Activity = InferResponseType<typeof api.v1.activities.$get, 200>['data'][number];
export type ActivityStatus = Activity['status'];
export type MarketplaceActivity = InferResponseType<typeof api.v1.marketplace.activities.$get, 200>['data'][number];
export type Enrollment = InferResponseType<typeof api.v1.enrollments.$get, 200>['data'][number];
export type EnrollmentStatus = Enrollment['status'];
export type TermVersion = Enrollment['terms'][number];
export type RosterMember = InferResponseType<typeof api.v1.roster.$get, 200>['data'][number];
export type RosterStatus = RosterMember['status'];
export type Offer = InferResponseType<typeof api.v1.offers.$get, 200>['data'][number];
export type OfferDetail = InferResponseType<(typeof api.v1.offers)[':id']['$get'], 200>;
export type CreatorProfile = InferResponseType<(typeof api.v1)['creator-profile']['$get'], 200>;
export type CreatorHandle = CreatorProfile['handles'][number];
export type CreatorCard = InferResponseType<typeof api.v1.creators.$get, 200>['data'][number];
export type Sample = InferResponseType<typeof api.v1.samples.$get, 200>['data'][number];
export type SampleStatus = Sample['status'];
