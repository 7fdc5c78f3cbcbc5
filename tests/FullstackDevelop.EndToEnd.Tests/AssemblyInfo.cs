using Xunit;

// These tests run the dotnet CLI over the repository's projects; two at once would restore and
// build the same projects concurrently.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
