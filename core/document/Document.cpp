#include "Document.h"

#include <QCoreApplication>

namespace etp::document {

namespace {

class LabelText {
    Q_DECLARE_TR_FUNCTIONS(etp::document)

public:
    static DocumentLabels labels()
    {
        DocumentLabels labels;
        labels.contents = tr("Contents");
        labels.pageOfPages = tr("Page %1 of %2");
        labels.checked = tr("finished");
        labels.unchecked = tr("open");
        labels.csvHeaders = {tr("Key"),    tr("Phase"), tr("Scope"), tr("Subject"), tr("Title"),
                             tr("Status"), tr("Owner"), tr("Date"),  tr("Note"),    tr("Held by")};
        return labels;
    }
    static QString language()
    {
        //: The two-letter code of this translation's language (ISO 639-1), e.g. "de" for German.
        return tr("en");
    }
};

} // namespace

QList<const Checklist *> Document::checklists() const
{
    QList<const Checklist *> lists;
    for (const DocumentSection &section : sections) {
        for (const Block &block : section.blocks) {
            if (const auto *checklist = std::get_if<Checklist>(&block))
                lists.append(checklist);
        }
    }
    return lists;
}

DocumentLabels currentLabels()
{
    return LabelText::labels();
}

QString currentLanguage()
{
    return LabelText::language();
}

} // namespace etp::document
