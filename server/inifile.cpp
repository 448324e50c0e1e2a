#include "inifile.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fw {

IniFile IniFile::parse(const QByteArray &text, QString *error)
{
    IniFile ini;
    if (text.size() > 1024 * 1024) {
        *error = u"config file is larger than 1 MiB"_s;
        return {};
    }
    const QString s = QString::fromUtf8(text);
    if (s.contains(QChar::ReplacementCharacter)) {
        *error = u"config file is not valid UTF-8"_s;
        return {};
    }
    static const QRegularExpression sectionRe(u"^\\[([a-z][a-z0-9-]*)\\]$"_s);
    static const QRegularExpression keyRe(u"^([a-z][a-z0-9.-]*)\\s*=\\s*(.*)$"_s);
    QString section;
    const QStringList lines = s.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const int n = int(i + 1);
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        if (line.startsWith(u'[')) {
            const auto m = sectionRe.match(line);
            if (!m.hasMatch()) {
                *error = u"line %1: bad section header \"%2\""_s.arg(n).arg(line.left(60));
                return {};
            }
            section = m.captured(1);
            continue;
        }
        const auto m = keyRe.match(line);
        if (!m.hasMatch()) {
            *error = u"line %1: expected \"key = value\", got \"%2\""_s.arg(n).arg(line.left(60));
            return {};
        }
        if (section.isEmpty()) {
            *error = u"line %1: \"%2\" is outside any [section]"_s.arg(n).arg(m.captured(1));
            return {};
        }
        ini.m_entries.append({section, m.captured(1), m.captured(2).trimmed(), n});
    }
    return ini;
}

IniFile IniFile::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"cannot read config file %1: %2"_s.arg(path, f.errorString());
        return {};
    }
    QString e;
    IniFile ini = parse(f.read(1024 * 1024 + 1), &e);
    if (!e.isEmpty())
        *error = path + u": "_s + e;
    return ini;
}

} // namespace fw
