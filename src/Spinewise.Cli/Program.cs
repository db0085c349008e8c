using Spinewise.Cli;

return CliApp.Run(args, CliIo.FromConsole());
