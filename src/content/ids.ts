/** Scam-type ids from shared/contract.md section 2: stable, operators may add more. */
export const CONTRACT_SCAM_TYPES = [
  'cyberspace_admin',
  'police_judiciary',
  'telecom',
  'government_other',
  'customer_service',
  'bank_finance',
  'loan_credit',
  'acquaintance',
  'investment',
  'task_rebate',
  'prize',
  'recovery',
  'other',
] as const;

/** Intents the dialog code itself relies on; content must define each of them. */
export const CORE_INTENTS = [
  'describe_call',
  'claim_identity',
  'call_channel',
  'caller_asked',
  'caller_threatened',
  'already_gave',
  'affirm',
  'deny',
  'unsure',
  'ask_number_real',
  'ask_report',
  'ask_hotline',
  'ask_does_call',
  'ask_about_bot',
  'ask_summary',
  'ask_what_to_do',
  'greeting',
  'thanks',
  'help',
  'restart',
  'out_of_scope',
] as const;

/** Lexicon categories the extractor and the assessment understand. */
export const LEXICON_CATEGORIES = [
  'organisation',
  'channel',
  'ask',
  'threat',
  'money',
  'offer',
  'given',
  'negation',
  'question',
  'benign',
  'proof',
  'request',
  'clause',
] as const;

export type LexiconCategory = (typeof LEXICON_CATEGORIES)[number];

/**
 * What a message says of a deed (money sent, a code given...): the deed model's labels. Fixed in
 * code because the dialog's mechanisms read them; which deeds exist is content (intents/deeds.yaml).
 */
export const DEED_STATES = ['done', 'requested', 'refused', 'about', 'asked', 'stopped', 'other_person'] as const;
export type DeedState = (typeof DEED_STATES)[number];
export type Lang = 'zh' | 'en';

/** Messages the dialog code renders; dialogs/messages.yaml must define each. */
export const REQUIRED_MESSAGES = [
  'welcome',
  'help',
  'restarted',
  'case_expired',
  'message_unseen',
  'verdict_still_high',
  'fallback',
  'fallback_again',
  'no_personal_data',
  'verdict_high',
  'verdict_high_message',
  'emergency_aftercare',
  'reasons_none',
  'what_to_do_general',
  'dispute_recorded',
  'now_check_with',
  'now_check_with_message',
  'verdict_medium_message',
  'verdict_medium',
  'verdict_low',
  'verdict_unknown',
  'simple_high',
  'simple_medium',
  'simple_low',
  'verdict_legit_96110',
  'red_flags_heading',
  'actions_heading',
  'hotlines_heading',
  'urgent_intro',
  'urgent_money',
  'urgent_code',
  'urgent_screen',
  'urgent_common',
  'disclosure',
  'benign_verify',
  'question_prefix',
  'summary_heading',
  'summary_empty',
  'after_verdict',
  'thanks_reply',
  'number_96110_real',
  'number_prefixed_fake',
  'number_international',
  'number_unknown',
  'does_call_public_body',
  'does_call_unknown',
  'group_more_in_private',
  'non_text_voice',
  'non_text_media',
  'image_read',
  'image_read_org',
  'image_read_asks',
  'image_read_org_asks',
  'image_no_text',
  'image_unreadable',
  'input_too_long',
  'summary_when',
  'summary_number',
  'summary_claimed',
  'summary_job_number',
  'summary_channel',
  'summary_asked',
  'summary_threatened',
  'summary_given',
  'summary_amount',
  'summary_nothing',
  'summary_assessment',
  'risk_high',
  'risk_medium',
  'risk_low',
  'number_directory',
  'number_directory_sms',
  'number_international_general',
] as const;

/** Group admin and WeChat channel messages (src/pipeline/bot.ts, src/channels/wechat/notices.ts). */
export const REQUIRED_ADMIN_MESSAGES = ['admin_only', 'admin_done', 'admin_status', 'mode_guard', 'mode_mention', 'mode_off', 'group_welcome', 'group_intro', 'group_urgent_private', 'rate_limited', 'lang_zh', 'lang_en', 'lang_auto', 'duration_minutes', 'duration_seconds'] as const;

/**
 * Answers the dialog computes from the case; dialogs/policy.yaml names them as "@name". The code
 * holds how each is built, the content decides where it is used.
 */
export const COMPUTED_ANSWERS = [
  'hotlines',
  'summary',
  'reasons',
  'details',
  'number',
  'does_call',
  'what_to_do',
  'emergency_hotlines',
  'emergency_details',
  'message_real',
] as const;
export type ComputedAnswer = (typeof COMPUTED_ANSWERS)[number];
