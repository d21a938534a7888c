#include "cli/Commands.h"

int main(int argc, char **argv)
{
    return tokenscope::cli::runCli(argc, argv);
}
