#pragma once

#include <functional>

class QTextDocument;

// Pages break between entries, not inside them: the paragraphs of a statement (heading, words,
// quote, sources) or of a source, and any other paragraph that would be split across two pages
// move to the next page together, with a section heading just before them, when they fit on one
// page. The document is laid out on pages (QTextDocument::setPageSize) from the report's HTML.
//
// Adding a break lays out again all that follows it, so by default the breaks are added in
// passes, with where the blocks go below each break worked out and checked on the next pass;
// OneAtATime lays the document out again after each break, which is slow for a long report and
// breaks the pages the same way.
// After each pass, progress (if any) is told how many of the document's blocks are done; when
// it answers false, no more breaks are added and false is returned.
enum class PageBreaking { InPasses, OneAtATime };
bool keepReportEntriesTogether(QTextDocument &document,
                               PageBreaking breaking = PageBreaking::InPasses,
                               const std::function<bool(int done, int total)> &progress = {});
