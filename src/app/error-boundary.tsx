// One boundary per view: a render error in the timeline, the network or the article panel is
// contained there; the other views keep working and the failed one offers to reload itself.
import { Component, type ReactNode } from 'react';

interface Props {
  /** What the reader calls this view, e.g. "timeline": used in the message and the button. */
  viewName: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  /** Bumped on reload so the view remounts from scratch instead of reusing broken state. */
  generation: number;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, generation: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private readonly reload = () => this.setState((s) => ({ error: null, generation: s.generation + 1 }));

  override render(): ReactNode {
    const { error, generation } = this.state;
    if (error) {
      return (
        <div className="view-error" role="alert">
          <p>
            The {this.props.viewName} stopped working: {error.message.slice(0, 300) || 'unknown error'}.
          </p>
          <button type="button" onClick={this.reload}>
            Reload {this.props.viewName}
          </button>
        </div>
      );
    }
    return <ViewGeneration key={generation}>{this.props.children}</ViewGeneration>;
  }
}

function ViewGeneration({ children }: { children: ReactNode }) {
  return children;
}
