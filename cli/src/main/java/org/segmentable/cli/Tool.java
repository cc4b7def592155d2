package org.segmentable.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The top-level command: its help, its version, and the sub-commands. */
@Command(name = "segmentable", mixinStandardHelpOptions = true, versionProvider = Version.class,
        synopsisHeading = "",
        customSynopsis = {
            "usage: segmentable                 render the embedded example layer to example.svg",
            "       segmentable COMMAND --help  help on one command"},
        header = {"segmentable: exact polygons, areas and activation patterns of a ReLU layer's latent plane", ""},
        commandListHeading = "%ncommands:%n",
        optionListHeading = "%noptions:%n",
        footer = {"", "Exit codes: 0 success, 1 bad input, 2 bad usage."},
        subcommands = {RenderCommand.class, AnalyzeCommand.class, GalleryCommand.class, CompletionCommand.class,
            HelpCommand.class})
final class Tool {
}
