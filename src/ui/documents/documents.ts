/**
 * Documents as objects: the renderer, the viewer and the briefing folder. Importing this module
 * also brings in their styles (documents.css), which build on overlay.css's variables.
 */
import './documents.css';

export { type FolderOptions, renderBriefingFolder, sortForFolder, unreadCountText } from './briefingFolder';
export { type Block, type Inline, parseInline, parseMarkdown, plainText, type Root } from './markdown';
export { type MarkdownContext, renderMarkdown } from './markdownDom';
export {
  isTranslation,
  KIND_LABELS,
  KIND_SHORT,
  RENDERING_LABELS,
  type RenderableDocument,
  type RenderOptions,
  renderCleanSheet,
  renderDocument,
  renderTranscription,
} from './render';
export { type DocumentViewer, openDocumentViewer, type ViewerOptions, ZOOM_STEPS } from './viewer';
