// A table wider than the screen scrolls inside its container; the container's viewport
// takes the focus so keyboard users can scroll it too (WCAG 2.1.1, axe
// "scrollable-region-focusable"). Pass as Table.ScrollContainer's scrollAreaProps.
export const kKeyboardScroll = { viewportProps: { tabIndex: 0 } } as const;
