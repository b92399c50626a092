export { businessHoursBetween, businessHoursIn, DEFAULT_BUSINESS_HOURS, isTimeZone, type BusinessHours } from './business-hours.js';
export type { ConversationMessage, EmailThread, MessageSide, ThreadMessage } from './conversation-message.js';
export { conversationOf, type Conversation, type ConversationOptions, type ConversationThread } from './conversation.js';
export { messageResponses, type Answer, type MessageResponse } from './message-responses.js';
export { isReplySubject, normalizeSubject } from './normalize-subject.js';
export { messageSide, participantSide } from './participant-side.js';
export { reconstructThreads, type ThreadingOptions } from './reconstruct-threads.js';
