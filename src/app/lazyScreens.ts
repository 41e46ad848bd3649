// The screens that open in their own tabs or pages (the chat's 1:1 tab, My manager, My data, Review pack, Nudges, Progress update), loaded as one
// file. Each lazy file the bundler has to serve splits off the code it shares with the first
// screen into more chunks, which the first screen then loads piecemeal and compresses worse:
// one file for both keeps the personal tab within its initial JS budget (`npm run bench`).
export { ChatScreen } from '../features/oneOnOne/ChatScreen';
export { ManagerPage } from '../features/manager/ManagerPage';
export { MyDataPage } from '../features/myData/MyDataPage';
export { ReviewPackPage } from '../features/reviewPack/ReviewPackPage';
export { NudgeSettingsPage } from '../features/settings/NudgeSettingsPage';
export { FeedbackPage } from '../features/feedback/FeedbackPage';
export { UpdatesPage } from '../features/updates/UpdatesPage';
