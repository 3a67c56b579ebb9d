// Nothing lost: the window autosaves its session, and after mmvis is killed (no chance to
// clean up) the next start restores it. Runs the real mmvis binary (offscreen) twice in a
// temporary home.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString headerValue(const QString& text, const QString& key)
{
    const auto m = QRegularExpression(QStringLiteral("^#: %1 (\\S+)$").arg(key), QRegularExpression::MultilineOption)
                       .match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

// The commands of a session file (every line that is not a comment).
QStringList commandsOf(const QString& text)
{
    QStringList commands;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            commands << line;
    }
    return commands;
}

} // namespace

class TestRecovery : public QObject {
    Q_OBJECT
private slots:
    void aKilledWindowsSessionIsRestored()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const QString autosaves = home.filePath(QStringLiteral("data/mmvis/mmvis"));

        const QString script = home.filePath(QStringLiteral("work.cmd"));
        {
            QFile f(script);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("spawn a.exe\nswitch a.exe\nalloc 0 10000\ntouch 10000 20000 write\ntrim a.exe\n"
                    "dd 10000 L4\nt-\n");
        }
        // What the session must come back as: the same script in a batch run.
        QProcess batch;
        batch.setProcessEnvironment(env);
        batch.start(QStringLiteral(MMVIS_BINARY), {QStringLiteral("--batch"), script, QStringLiteral("--state-hash")});
        QVERIFY(batch.waitForFinished(60000));
        const auto hashLine = QRegularExpression(QStringLiteral("state hash ([0-9a-f]{16})"))
                                  .match(QString::fromUtf8(batch.readAllStandardOutput()));
        QVERIFY(hashLine.hasMatch());
        const QString expectedHash = hashLine.captured(1);

        // The first window runs the script, autosaves, and is killed.
        QProcess first;
        first.setProcessEnvironment(env);
        first.start(QStringLiteral(MMVIS_BINARY), {QStringLiteral("--script"), script});
        QVERIFY(first.waitForStarted());
        const QString firstAutosave = QDir(autosaves).filePath(QStringLiteral("autosave-1.mmvis"));
        QTRY_VERIFY_WITH_TIMEOUT(
            headerValue(readAll(firstAutosave), QStringLiteral("commands")) == QLatin1String("5"), 30000);
        const QString saved = readAll(firstAutosave);
        QCOMPARE(headerValue(saved, QStringLiteral("position")), QStringLiteral("4")); // after t-
        QCOMPARE(headerValue(saved, QStringLiteral("hash")), expectedHash);
        first.kill();
        QVERIFY(first.waitForFinished(10000));
        QVERIFY(QFile::exists(firstAutosave)); // nobody cleaned up

        // The next start restores it (without asking), as its own autosave.
        QProcess second;
        second.setProcessEnvironment(env);
        second.start(QStringLiteral(MMVIS_BINARY), {QStringLiteral("--recover")});
        QVERIFY(second.waitForStarted());
        const QString secondAutosave = QDir(autosaves).filePath(QStringLiteral("autosave-2.mmvis"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(secondAutosave) && !QFile::exists(firstAutosave), 30000);
        const QString restored = readAll(secondAutosave);
        QCOMPARE(headerValue(restored, QStringLiteral("hash")), expectedHash);
        QCOMPARE(headerValue(restored, QStringLiteral("position")), QStringLiteral("4"));
        QCOMPARE(commandsOf(restored), commandsOf(saved));
        second.kill();
        second.waitForFinished(10000);
    }
};

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
