import { Anchor, Text, type TextProps } from '@mantine/core';
import { allowedExternalUrl } from '../../../../../src/shared/links';

/**
 * Where something was seen. Always shown as text; only an https link to an allowlisted
 * help site is a link (which the shell opens in the browser after confirmation). Links
 * to social media, javascript:, file: and anything else are never clickable.
 */
export function LocationText({ value, ...props }: { value: string } & TextProps) {
  if (!value) return null;
  const safe = allowedExternalUrl(value);
  if (safe) {
    return (
      <Anchor href={safe} target="_blank" rel="noopener noreferrer" size="sm" {...props}>
        {value}
      </Anchor>
    );
  }
  return (
    <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }} data-testid="location-text" {...props}>
      {value}
    </Text>
  );
}
