/**
 * Screening found a possible emergency (docs/rules.md §2; GZ Art.11): the call buttons come first, right under a
 * heading said once, and the panel scrolls to the top of the screen when it appears, so the button is on screen
 * the moment the outcome is known (also in 长辈版 on a 390×844 phone). One button per number that applies (a traffic
 * accident with injuries: 120 and 122). Submitting stays possible behind "不是紧急情况" (screening only advises).
 */
import { useEffect, useState, type ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import Button from '../Button';
import type { ScreeningResult } from '../../../../shared/screening';
import { makePhoneCall } from '../../platform/phone';
import { scrollIntoView } from '../../platform/scroll';
import './index.css';

export interface EmergencyAdviceProps {
  result: ScreeningResult;
  /** The "仍要提交到12345" button, shown after "不是紧急情况" is tapped. */
  renderSubmit: () => ReactNode;
}

export default function EmergencyAdvice({ result, renderSubmit }: EmergencyAdviceProps) {
  const [showSubmit, setShowSubmit] = useState(false);
  const lines = result.hotlines?.length ? result.hotlines : result.hotline ? [result.hotline] : [];
  useEffect(() => scrollIntoView('#emergency-advice'), []);
  return (
    <View id='emergency-advice' className='screening screening--emergency emergency-advice' data-testid='screening-emergency' role='alert'>
      <View className='card__title emergency-advice__title' role='heading' aria-level={2}>
        这可能是紧急情况
      </View>
      {lines.map((line, i) => (
        <Button
          key={line.number}
          className='btn btn--call'
          data-testid={i === 0 ? 'screening-call' : `screening-call-${line.number}`}
          aria-label={`立即拨打${line.number}`}
          onClick={() => void makePhoneCall(line.number)}
        >
          立即拨打 {line.label}
        </Button>
      ))}
      <Text className='text text--strong'>{result.message}</Text>
      {showSubmit ? (
        renderSubmit()
      ) : (
        <Button className='btn btn--link' data-testid='screening-not-emergency' onClick={() => setShowSubmit(true)}>
          不是紧急情况，继续提交
        </Button>
      )}
    </View>
  );
}
