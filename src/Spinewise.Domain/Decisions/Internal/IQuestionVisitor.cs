namespace Spinewise.Domain.Decisions.Internal;

/// <summary>Receives the questions of unknown leaves from <see cref="UnknownLeaves"/>.</summary>
internal interface IQuestionVisitor
{
    void Question(int question);
}
