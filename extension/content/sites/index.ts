/**
 * Every recharge-site adapter, registered once. test/extension/content/sites/registry.test.ts
 * checks that each file in this folder is here, with its fixture, its test and its SITE_MATCHES entry.
 */
import type { SiteAdapter } from '../site-adapter';
import { airtel } from './airtel';
import { amazonpay } from './amazonpay';
import { bsnl } from './bsnl';
import { freecharge } from './freecharge';
import { jio } from './jio';
import { mobikwik } from './mobikwik';
import { paytm } from './paytm';
import { phonepe } from './phonepe';
import { vi } from './vi';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [jio, airtel, vi, bsnl, paytm, phonepe, amazonpay, freecharge, mobikwik];
