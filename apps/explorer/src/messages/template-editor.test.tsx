import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { testCatalog } from '../testing/mock-client';
import { TemplateEditor, type TemplateIssue } from './template-editor';

function Harness({ issues }: { issues: TemplateIssue[] }) {
  const [value, setValue] = useState('Hi\nthere {{ x }');
  return (
    <TemplateEditor
      label="Message"
      value={value}
      onChange={setValue}
      issues={issues}
      attributes={testCatalog.catalog.attributes}
    />
  );
}

describe('TemplateEditor', () => {
  it('lists errors by line and column and puts the cursor there', async () => {
    render(<Harness issues={[{ message: 'output not closed', line: 2, column: 7 }]} />);
    const area = screen.getByLabelText<HTMLTextAreaElement>('Message');
    expect(area).toHaveAttribute('aria-invalid', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'Line 2, column 7' }));
    expect(area).toHaveFocus();
    expect(area.selectionStart).toBe('Hi\n'.length + 6);
  });

  it('inserts a catalog variable at the cursor', async () => {
    render(<Harness issues={[]} />);
    const area = screen.getByLabelText<HTMLTextAreaElement>('Message');
    area.setSelectionRange(2, 2);
    await userEvent.click(screen.getByText(/Insert a variable/));
    await userEvent.click(screen.getByRole('button', { name: 'age' }));
    expect(area.value).toBe('Hi{{ profile.age }}\nthere {{ x }');
  });
});
