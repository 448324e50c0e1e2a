#pragma once

#include "catalogue.h"

#include <QObject>

class QNetworkAccessManager;

namespace fw::sim {

// Loads the catalogue from a file or an http(s) URL (the demo shop serves /shop/catalogue.json).
class CatalogueLoader : public QObject
{
    Q_OBJECT
public:
    explicit CatalogueLoader(QObject *parent = nullptr);
    void load(const QString &source, int timeoutMs = 15000);

signals:
    void loaded(const fw::sim::Catalogue &catalogue);
    void failed(const QString &error);

private:
    QNetworkAccessManager *m_net = nullptr;
};

} // namespace fw::sim
