#include "Links.h"

#include <QLabel>
#include <QUrl>

namespace etp::ui {

namespace {
QString make(const char *kind, const QString &target)
{
    return QLatin1String(kind) + QLatin1Char(':') + QString::fromLatin1(QUrl::toPercentEncoding(target));
}
} // namespace

QString Link::findings(int severity)
{
    return make("findings", QString::number(severity));
}

QString Link::finding(const QString &id)
{
    return make("finding", id);
}

QString Link::phase(const QString &key)
{
    return make("phase", key);
}

QString Link::object(const QString &id)
{
    return make("object", id);
}

QString Link::subject(const QString &id)
{
    return make("subject", id);
}

Link Link::parse(const QString &href)
{
    const qsizetype colon = href.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return {};
    const QString kind = href.left(colon);
    const QString target = QUrl::fromPercentEncoding(href.mid(colon + 1).toLatin1());
    if (kind == QLatin1String("findings"))
        return {Kind::Findings, target};
    if (kind == QLatin1String("finding"))
        return {Kind::Finding, target};
    if (kind == QLatin1String("phase"))
        return {Kind::Phase, target};
    if (kind == QLatin1String("object"))
        return {Kind::Object, target};
    if (kind == QLatin1String("subject"))
        return {Kind::Subject, target};
    return {};
}

QString Link::anchor(const QString &href, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), text.toHtmlEscaped());
}

QLabel *linkLabel()
{
    auto *label = new QLabel;
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(false);
    return label;
}

} // namespace etp::ui
