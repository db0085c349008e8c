namespace Spinewise.Application.CdsHooks;

/// <summary>What a suggestion's action does (CDS Hooks 2.0 <c>action.type</c>, written in lower case).</summary>
public enum CdsActionType
{
    /// <summary><c>create</c>: create the resource.</summary>
    Create,

    /// <summary><c>update</c>: replace the resource.</summary>
    Update,

    /// <summary><c>delete</c>: delete the resource named by <c>resourceId</c>.</summary>
    Delete,
}
