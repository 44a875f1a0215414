/**
 * The visible face of a Taro `<Picker>` (what the citizen taps to open it). Taro's H5 picker host takes no keyboard
 * focus, so in H5 the face is the shared Button (a native `<button>`): Tab reaches it, Enter or Space clicks it and
 * the click bubbles to the picker's host, which opens the picker. It is announced as a button named by `label`.
 * In the mini-program it stays a View: WeChat's picker is a native control already.
 */
import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import Button from '../Button';

export interface PickerFaceProps {
  className: string;
  /** The accessible name: the field and what is chosen (e.g. `所在区（必填）：天河区`). */
  label: string;
  children?: ReactNode;
}

export default function PickerFace({ className, label, children }: PickerFaceProps) {
  if (process.env.TARO_ENV === 'h5') {
    return (
      <Button className={`${className} picker-face`} aria-label={label}>
        {children}
      </Button>
    );
  }
  return <View className={className}>{children}</View>;
}
