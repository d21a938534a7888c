#include "ui/app/App.h"

int main(int argc, char **argv)
{
    return tokenscope::ui::runApp(argc, argv);
}
