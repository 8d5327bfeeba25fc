#include "Command.h"

namespace etp::app {

namespace {
// Commands are made lazily: their synopsis is translated, so they must be built after the translator is installed.
QList<std::function<Command()>> &factories()
{
    static QList<std::function<Command()>> list;
    return list;
}
} // namespace

QList<Command> &commands()
{
    static QList<Command> list;
    if (list.size() != factories().size()) {
        list.clear();
        for (const auto &make : factories())
            list.append(make());
    }
    return list;
}

const Command *findCommand(const QString &name)
{
    for (const auto &command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

CommandRegistration::CommandRegistration(std::function<Command()> make)
{
    factories().append(std::move(make));
}

} // namespace etp::app
