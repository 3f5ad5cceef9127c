import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // The popup and reader drive extraction; the background only wires menus and shortcuts (see issue 5).
});
