#pragma once

#include <QList>
#include <QString>

namespace fw {

// A strict INI reader: "[section]", "key = value", comments starting with '#' or ';'.
// Unlike QSettings it reports every problem with its line number and keeps repeated keys.
struct IniEntry
{
    QString section;
    QString key;
    QString value;
    int line = 0;
};

class IniFile
{
public:
    static IniFile parse(const QByteArray &text, QString *error);
    static IniFile load(const QString &path, QString *error);

    const QList<IniEntry> &entries() const { return m_entries; }

private:
    QList<IniEntry> m_entries;
};

} // namespace fw
