using SortieChat.LoadTest;
using SortieChat.LoadTest.Cli;

// The load tool of docs/benchmarks.md: see Commands for the commands and their options.
try
{
    var arguments = new Arguments(args);
    return await Commands.RunAsync(arguments);
}
catch (ArgumentException exception)
{
    await Console.Error.WriteLineAsync($"SortieChat.LoadTest: {exception.Message}");
    await Console.Error.WriteLineAsync(Commands.Usage);
    return 2;
}
